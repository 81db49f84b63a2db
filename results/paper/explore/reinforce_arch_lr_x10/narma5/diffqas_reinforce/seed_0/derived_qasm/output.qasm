// DiffQAS-QLSTM derived circuit, output gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00302795389) q[0];
rz(pi*-0.001608082218) q[1];
rz(pi*-0.003331335833) q[2];
rz(pi*0.002199073674) q[3];
rz(pi*-0.001372016028) q[4];
rz(pi*1.6908609e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001759171991) q[0];
rz(pi*-3.2778622e-05) q[1];
rz(pi*-0.000451435965) q[2];
rz(pi*0.0023939023) q[3];
rz(pi*0.001192572966) q[4];
rz(pi*0.000368806055) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00122487481) q[0];
rz(pi*0.00051902775) q[1];
rz(pi*-0.002289172288) q[2];
rz(pi*0.004760820907) q[3];
rz(pi*0.000903256351) q[4];
rz(pi*0.001433464608) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002041308607) q[0];
rz(pi*-0.000710352866) q[1];
rz(pi*0.002197172694) q[2];
rz(pi*-0.006204456093) q[3];
rz(pi*-0.000861250243) q[4];
rz(pi*-0.002042873859) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003609579775) q[0];
rz(pi*0.00216579251) q[1];
rz(pi*-0.002444392932) q[2];
rz(pi*-0.00330855401) q[3];
rz(pi*0.003186752527) q[4];
rz(pi*-0.005980735381) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
