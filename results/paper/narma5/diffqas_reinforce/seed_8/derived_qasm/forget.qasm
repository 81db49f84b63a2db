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
rz(pi*-0.002038256663) q[1];
rz(pi*0.002677266364) q[2];
rz(pi*0.001366924958) q[3];
rz(pi*-0.002899396923) q[4];
rz(pi*0.003306069173) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.00393174296) q[0];
rz(pi*-0.000421360455) q[1];
rz(pi*0.000730493623) q[2];
rz(pi*-0.000546113608) q[3];
rz(pi*-0.00322994043) q[4];
rz(pi*0.002852945115) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.002879561804) q[0];
rz(pi*0.001998985595) q[1];
rz(pi*-0.001373536516) q[2];
rz(pi*-0.002955365343) q[3];
rz(pi*0.002262634899) q[4];
rz(pi*0.001050633765) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.006178647227) q[0];
rz(pi*7.9987594e-05) q[1];
rz(pi*0.000779589239) q[2];
rz(pi*0.000672507718) q[3];
rz(pi*-0.000489453905) q[4];
rz(pi*0.004496475985) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.00509456814) q[0];
rz(pi*0.002476876944) q[1];
rz(pi*-0.002892920101) q[2];
rz(pi*0.001755590292) q[3];
rz(pi*0.000510395298) q[4];
rz(pi*-0.00110301715) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
