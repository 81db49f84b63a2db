// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.026303643375) q[0];
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
ry(pi*0.076675537611) q[0];
ry(pi*-0.172547710826) q[1];
ry(pi*0.079365005231) q[2];
ry(pi*0.384687865377) q[3];
ry(pi*0.127824220296) q[4];
ry(pi*-0.093760046307) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.426114935859) q[0];
ry(pi*-0.131551179421) q[1];
ry(pi*-0.088682009359) q[2];
ry(pi*-0.054343105241) q[3];
ry(pi*0.052974591464) q[4];
ry(pi*0.163957894171) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.166106178392) q[0];
ry(pi*-0.559852809829) q[1];
ry(pi*-0.04581505911) q[2];
ry(pi*0.42779713556) q[3];
ry(pi*-0.362664679308) q[4];
ry(pi*-0.039941077451) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.169719746891) q[0];
ry(pi*-0.017780867826) q[1];
ry(pi*-0.086577229648) q[2];
ry(pi*-0.132668930392) q[3];
ry(pi*0.084458040136) q[4];
ry(pi*-0.023800989446) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.160521246544) q[0];
ry(pi*0.028366183537) q[1];
ry(pi*-0.215006424463) q[2];
ry(pi*-0.09839547751) q[3];
ry(pi*-0.07489223688) q[4];
ry(pi*-0.002150679086) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
