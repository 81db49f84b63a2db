// DiffQAS-QLSTM derived circuit, update gate
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
rx(pi*0.021923287437) q[0];
rx(pi*-0.042890296216) q[1];
rx(pi*-0.037690380709) q[2];
rx(pi*0.238508441351) q[3];
rx(pi*0.333142362931) q[4];
rx(pi*0.223129606389) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.000178158103) q[0];
rx(pi*0.252974763041) q[1];
rx(pi*0.268767071094) q[2];
rx(pi*-0.197418099196) q[3];
rx(pi*0.256697576621) q[4];
rx(pi*-0.032013487953) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.015248839624) q[0];
rx(pi*0.099983524951) q[1];
rx(pi*0.018025848688) q[2];
rx(pi*0.221356906681) q[3];
rx(pi*0.28382968727) q[4];
rx(pi*0.230042516739) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.061067568775) q[0];
rx(pi*0.32036816369) q[1];
rx(pi*0.016408818003) q[2];
rx(pi*0.031000532953) q[3];
rx(pi*-0.028266593213) q[4];
rx(pi*-0.441631949343) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.029219214875) q[0];
rx(pi*-0.065926432541) q[1];
rx(pi*0.041485036969) q[2];
rx(pi*0.156745309271) q[3];
rx(pi*0.005839427542) q[4];
rx(pi*-0.001446631695) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
