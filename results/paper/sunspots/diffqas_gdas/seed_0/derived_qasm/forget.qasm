// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.138235523653) q[0];
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
ry(pi*0.022364539002) q[0];
ry(pi*-0.005681133165) q[1];
ry(pi*-0.004334607913) q[2];
ry(pi*-0.064612365806) q[3];
ry(pi*0.002961227329) q[4];
ry(pi*0.00639982737) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.030875317562) q[0];
ry(pi*-0.043999941081) q[1];
ry(pi*0.02075837733) q[2];
ry(pi*-0.026622526363) q[3];
ry(pi*-0.003225599524) q[4];
ry(pi*0.009602993398) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.013420868745) q[0];
ry(pi*0.010355452572) q[1];
ry(pi*-0.067223860176) q[2];
ry(pi*0.000247156687) q[3];
ry(pi*0.004340807554) q[4];
ry(pi*0.012964306173) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000761695048) q[0];
ry(pi*-0.000754180506) q[1];
ry(pi*0.017279473837) q[2];
ry(pi*-0.012440664265) q[3];
ry(pi*-0.033648900859) q[4];
ry(pi*-0.047631353449) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.008357223812) q[0];
ry(pi*-0.981361124601) q[1];
ry(pi*0.068204101415) q[2];
ry(pi*-0.0558274429) q[3];
ry(pi*-0.030515188723) q[4];
ry(pi*0.000700878202) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
