// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


h q[0];
h q[1];
h q[2];
h q[3];
h q[4];
h q[5];
rz(pi*0.030359911972) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.003102774106) q[0];
rz(pi*-0.002038255921) q[1];
rz(pi*0.002677269032) q[2];
rz(pi*0.001366923772) q[3];
rz(pi*-0.002899397812) q[4];
rz(pi*0.003306071248) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.003931743849) q[0];
rz(pi*-0.000421361307) q[1];
rz(pi*0.000730493104) q[2];
rz(pi*-0.000546110643) q[3];
rz(pi*-0.003229941023) q[4];
rz(pi*0.002852944522) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.002879562397) q[0];
rz(pi*0.001998986039) q[1];
rz(pi*-0.001373535923) q[2];
rz(pi*-0.002955368011) q[3];
rz(pi*0.002262634602) q[4];
rz(pi*0.001050632505) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.006178648413) q[0];
rz(pi*7.9988548e-05) q[1];
rz(pi*0.000779589091) q[2];
rz(pi*0.000672507792) q[3];
rz(pi*-0.00048945335) q[4];
rz(pi*0.004496474799) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.00509456814) q[0];
rz(pi*0.002476877834) q[1];
rz(pi*-0.002892920101) q[2];
rz(pi*0.001755589402) q[3];
rz(pi*0.000510394668) q[4];
rz(pi*-0.001103017595) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
