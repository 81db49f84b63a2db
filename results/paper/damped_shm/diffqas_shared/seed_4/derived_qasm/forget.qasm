// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.136495314956) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.003745118416) q[0];
ry(pi*-0.069668460771) q[1];
ry(pi*-0.503306508491) q[2];
ry(pi*-0.501149382969) q[3];
ry(pi*-0.499221220566) q[4];
ry(pi*0.567846294051) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.422107132636) q[0];
ry(pi*-0.001448591668) q[1];
ry(pi*0.003966352216) q[2];
ry(pi*0.000816358647) q[3];
ry(pi*-0.00858422088) q[4];
ry(pi*0.51334259873) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.00052239834) q[0];
ry(pi*0.501362940217) q[1];
ry(pi*0.001195851175) q[2];
ry(pi*0.499711969658) q[3];
ry(pi*0.008402336263) q[4];
ry(pi*-0.001529033599) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000426384045) q[0];
ry(pi*0.000938429231) q[1];
ry(pi*0.004323807676) q[2];
ry(pi*-0.03757825177) q[3];
ry(pi*-0.004929083091) q[4];
ry(pi*-0.370086173133) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.00510903486) q[0];
ry(pi*0.499833964426) q[1];
ry(pi*0.002536136988) q[2];
ry(pi*-0.008606480063) q[3];
ry(pi*0.000943660003) q[4];
ry(pi*-0.006741984273) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
