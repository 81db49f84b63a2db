// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.316916735344) q[0];
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
ry(pi*-0.073356307577) q[0];
ry(pi*-0.006090463675) q[1];
ry(pi*0.001839512684) q[2];
ry(pi*-0.470578632554) q[3];
ry(pi*0.501293234342) q[4];
ry(pi*-0.062642553479) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.004419524002) q[0];
ry(pi*-0.042183234084) q[1];
ry(pi*0.003225632134) q[2];
ry(pi*-0.022695174705) q[3];
ry(pi*0.49249014503) q[4];
ry(pi*-0.001800167504) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.018661977645) q[0];
ry(pi*-0.00853599512) q[1];
ry(pi*0.004765835345) q[2];
ry(pi*0.004352867404) q[3];
ry(pi*-0.005292194209) q[4];
ry(pi*-0.096743159886) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.34451857423) q[0];
ry(pi*-0.46779278812) q[1];
ry(pi*-0.001014637719) q[2];
ry(pi*0.001041043411) q[3];
ry(pi*-0.003383279362) q[4];
ry(pi*0.012400949561) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.997828862472) q[0];
ry(pi*0.474915233495) q[1];
ry(pi*-0.440287236877) q[2];
ry(pi*0.525456925806) q[3];
ry(pi*0.002358633593) q[4];
ry(pi*0.004965540412) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
