// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.063383369021) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.003397267613) q[0];
rz(pi*0.007924933313) q[1];
rz(pi*-0.00164882649) q[2];
rz(pi*0.000239737565) q[3];
rz(pi*-0.000796346178) q[4];
rz(pi*0.001119136575) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002054539579) q[0];
rz(pi*0.00410083787) q[1];
rz(pi*-0.00314048096) q[2];
rz(pi*0.005004741073) q[3];
rz(pi*-0.002962973415) q[4];
rz(pi*0.000883432053) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.003688606605) q[0];
rz(pi*0.002271246451) q[1];
rz(pi*-0.002987466639) q[2];
rz(pi*-0.002234339121) q[3];
rz(pi*-0.001471812978) q[4];
rz(pi*-0.000162139027) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.00365092821) q[0];
rz(pi*-0.004112104125) q[1];
rz(pi*0.001486127026) q[2];
rz(pi*0.001940810704) q[3];
rz(pi*0.001776433486) q[4];
rz(pi*0.001484065222) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.004832494019) q[0];
rz(pi*0.001552267062) q[1];
rz(pi*0.00272672476) q[2];
rz(pi*0.001792156557) q[3];
rz(pi*0.00570713828) q[4];
rz(pi*-0.006047205217) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
