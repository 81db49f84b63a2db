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
rz(pi*0.080989679561) q[0];
rz(pi*1.272414381992) q[1];
rz(pi*1.389883238651) q[2];
rz(pi*1.725681900096) q[3];
rz(pi*0.960647589361) q[4];
rz(pi*0.555712766554) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*1.404296910965) q[0];
rz(pi*0.76117798593) q[1];
rz(pi*1.666682726045) q[2];
rz(pi*1.131137307271) q[3];
rz(pi*1.182666758772) q[4];
rz(pi*0.061448451428) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*1.453752792926) q[0];
rz(pi*1.8856588944) q[1];
rz(pi*1.047316466867) q[2];
rz(pi*0.503440911436) q[3];
rz(pi*0.292755625123) q[4];
rz(pi*0.016354855951) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*1.446754732884) q[0];
rz(pi*1.563682562669) q[1];
rz(pi*0.600480065159) q[2];
rz(pi*1.688487725515) q[3];
rz(pi*0.201681066902) q[4];
rz(pi*1.56854808587) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.889720097052) q[0];
rz(pi*1.972034377335) q[1];
rz(pi*1.231355155143) q[2];
rz(pi*1.129860669024) q[3];
rz(pi*1.57890098305) q[4];
rz(pi*1.143042251103) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
