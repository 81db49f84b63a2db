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
rz(pi*0.000172199771) q[0];
rz(pi*0.000868308476) q[1];
rz(pi*-0.003126326994) q[2];
rz(pi*-0.003524782265) q[3];
rz(pi*0.000635309201) q[4];
rz(pi*-0.001485685317) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000749630233) q[0];
rz(pi*0.002417631872) q[1];
rz(pi*-0.005248202929) q[2];
rz(pi*0.000809738714) q[3];
rz(pi*0.00389813333) q[4];
rz(pi*-0.000947071021) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002580910597) q[0];
rz(pi*0.002394443468) q[1];
rz(pi*0.000806734646) q[2];
rz(pi*0.00285167068) q[3];
rz(pi*-0.001098857746) q[4];
rz(pi*-0.004716753439) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00035018408) q[0];
rz(pi*-0.001419124768) q[1];
rz(pi*0.002467951601) q[2];
rz(pi*0.000616350831) q[3];
rz(pi*-0.005191153062) q[4];
rz(pi*-0.003804316354) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.00281317201) q[0];
rz(pi*0.002163747455) q[1];
rz(pi*-0.002037960658) q[2];
rz(pi*-3.322616e-06) q[3];
rz(pi*0.001418304493) q[4];
rz(pi*0.001490978269) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
