// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rx(pi*-0.316916735344) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00052410774) q[0];
rz(pi*-0.003101119919) q[1];
rz(pi*0.00207088045) q[2];
rz(pi*0.000839550607) q[3];
rz(pi*0.00141893341) q[4];
rz(pi*-0.001057209304) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000628104745) q[0];
rz(pi*0.000810861367) q[1];
rz(pi*0.005649132069) q[2];
rz(pi*-0.002177554576) q[3];
rz(pi*-3.3451766e-05) q[4];
rz(pi*0.00115849013) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.005489550509) q[0];
rz(pi*-0.005102613771) q[1];
rz(pi*0.006893478106) q[2];
rz(pi*-0.005625736892) q[3];
rz(pi*0.001829923294) q[4];
rz(pi*-0.002699725058) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002428457455) q[0];
rz(pi*-0.006309780337) q[1];
rz(pi*-0.002867622907) q[2];
rz(pi*0.002496955596) q[3];
rz(pi*-0.004421219988) q[4];
rz(pi*0.001895224675) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.00099726261) q[0];
rz(pi*0.006424209129) q[1];
rz(pi*-0.001510732753) q[2];
rz(pi*0.00402199306) q[3];
rz(pi*0.002829032041) q[4];
rz(pi*-0.000912510679) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
