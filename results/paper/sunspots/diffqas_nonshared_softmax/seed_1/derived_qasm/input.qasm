// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.138235523653) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.013380995144) q[0];
ry(pi*-0.014575284551) q[1];
ry(pi*0.00278041645) q[2];
ry(pi*0.000116655153) q[3];
ry(pi*0.004473643469) q[4];
ry(pi*1.5e-11) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.032759029188) q[0];
ry(pi*0.000166922086) q[1];
ry(pi*0.00256585424) q[2];
ry(pi*-0.002398238314) q[3];
ry(pi*-1.0e-12) q[4];
ry(pi*1.0e-12) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000428252824) q[0];
ry(pi*-4.3325909e-05) q[1];
ry(pi*-9.021342e-06) q[2];
ry(pi*-1.0e-12) q[3];
ry(pi*0.00132454399) q[4];
ry(pi*-5.0e-12) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.00868114494) q[0];
ry(pi*-0.007069832167) q[1];
ry(pi*8.0e-12) q[2];
ry(pi*2.9e-11) q[3];
ry(pi*4.0e-12) q[4];
ry(pi*2.0e-11) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000609011416) q[0];
ry(0) q[1];
ry(pi*-7.1324478e-05) q[2];
ry(pi*-4.0756399e-05) q[3];
ry(pi*-0.004444061991) q[4];
ry(pi*0.002178805444) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
