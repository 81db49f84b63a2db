// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.063383369021) q[0];
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
rx(pi*0.001315527933) q[0];
rx(pi*0.175846160958) q[1];
rx(pi*0.165008472129) q[2];
rx(pi*-0.003176872765) q[3];
rx(pi*-0.005990758921) q[4];
rx(pi*-0.001866054817) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.156144584647) q[0];
rx(pi*0.390044289451) q[1];
rx(pi*0.003938714259) q[2];
rx(pi*0.005847646299) q[3];
rx(pi*-0.166265378718) q[4];
rx(pi*0.001670952568) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.521268160515) q[0];
rx(pi*0.329033169344) q[1];
rx(pi*0.133459714516) q[2];
rx(pi*0.085572366526) q[3];
rx(pi*-0.001539809082) q[4];
rx(pi*0.005674580452) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.124042961166) q[0];
rx(pi*-0.015774012395) q[1];
rx(pi*0.055199525586) q[2];
rx(pi*0.063677312909) q[3];
rx(pi*-0.167558637092) q[4];
rx(pi*-0.004759008713) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*1.073e-07) q[0];
rx(pi*-0.141874450655) q[1];
rx(pi*0.166389896861) q[2];
rx(pi*0.000498358572) q[3];
rx(pi*-0.003965317608) q[4];
rx(pi*-0.006255853859) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
