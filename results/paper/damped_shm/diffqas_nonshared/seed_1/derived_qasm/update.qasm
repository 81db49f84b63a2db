// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*0.039817702416) q[0];
ry(pi*0.041965592952) q[1];
ry(pi*-0.519134826819) q[2];
ry(pi*-0.035317546903) q[3];
ry(pi*-0.025234435081) q[4];
ry(pi*0.511234688516) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.02492617062) q[0];
ry(pi*0.047723689068) q[1];
ry(pi*0.01727447689) q[2];
ry(pi*-0.249886872462) q[3];
ry(pi*0.060415124441) q[4];
ry(pi*-0.045022591154) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.237807607024) q[0];
ry(pi*0.05486635465) q[1];
ry(pi*-0.281400283846) q[2];
ry(pi*-0.029088302916) q[3];
ry(pi*0.022285647946) q[4];
ry(pi*-0.504378279008) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.024118315766) q[0];
ry(pi*-4.023192e-05) q[1];
ry(pi*-0.053900494753) q[2];
ry(pi*-0.149513201414) q[3];
ry(pi*-0.492631529946) q[4];
ry(pi*-0.068847879947) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.015911265995) q[0];
ry(pi*-0.043687194308) q[1];
ry(pi*-0.062792163081) q[2];
ry(pi*-0.028627860417) q[3];
ry(pi*-0.022466517521) q[4];
ry(pi*-0.004626201851) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
