// DiffQAS-QLSTM derived circuit, update gate
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
rx(pi*-0.001257264255) q[0];
rx(pi*-0.005054057766) q[1];
rx(pi*0.005738241728) q[2];
rx(pi*-0.001578448713) q[3];
rx(pi*0.001047142112) q[4];
rx(pi*-0.00082306744) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.003330737302) q[0];
rx(pi*0.003011374969) q[1];
rx(pi*0.002217639694) q[2];
rx(pi*-0.007013893392) q[3];
rx(pi*0.000165594494) q[4];
rx(pi*0.00217624101) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.003352294197) q[0];
rx(pi*-0.00329739418) q[1];
rx(pi*0.006001291168) q[2];
rx(pi*-0.004202968764) q[3];
rx(pi*-0.002105699296) q[4];
rx(pi*0.002976363135) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001552709809) q[0];
rx(pi*0.00518226018) q[1];
rx(pi*0.000801705905) q[2];
rx(pi*-0.002015439858) q[3];
rx(pi*-0.001201824552) q[4];
rx(pi*-0.003473231827) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.003935052518) q[0];
rx(pi*0.000676171904) q[1];
rx(pi*0.00205158902) q[2];
rx(pi*0.004120805205) q[3];
rx(pi*-0.002401988545) q[4];
rx(pi*0.005376596849) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
