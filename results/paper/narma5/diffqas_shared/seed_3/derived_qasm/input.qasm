// DiffQAS-QLSTM derived circuit, input gate
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
ry(pi*0.030359911972) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.063816312002) q[0];
ry(pi*-0.025506703497) q[1];
ry(pi*0.007293750314) q[2];
ry(pi*0.004827679091) q[3];
ry(pi*-0.128964719591) q[4];
ry(pi*0.02501082702) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.271080361302) q[0];
ry(pi*0.156943602943) q[1];
ry(pi*-0.023272878271) q[2];
ry(pi*0.054147799776) q[3];
ry(pi*-0.007489430491) q[4];
ry(pi*-0.004000910483) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.014505736387) q[0];
ry(pi*0.071699090241) q[1];
ry(pi*0.062640404815) q[2];
ry(pi*0.001052019146) q[3];
ry(pi*0.004626555218) q[4];
ry(pi*0.045503977195) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.249427712995) q[0];
ry(pi*0.18915757355) q[1];
ry(pi*-0.010172924067) q[2];
ry(pi*-0.037131329725) q[3];
ry(pi*-0.029208115817) q[4];
ry(pi*-0.004582272232) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.019865558955) q[0];
ry(pi*-0.032161463527) q[1];
ry(pi*0.041380288429) q[2];
ry(pi*0.012959878408) q[3];
ry(pi*-0.021041256255) q[4];
ry(pi*0.001564070928) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
