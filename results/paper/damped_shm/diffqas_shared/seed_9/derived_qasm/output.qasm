// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.136495314956) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.062255092026) q[0];
rx(pi*0.061467661335) q[1];
rx(pi*0.037782355846) q[2];
rx(pi*0.066509389187) q[3];
rx(pi*0.011948049915) q[4];
rx(pi*-0.000175243804) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.238237434623) q[0];
rx(pi*0.15497345385) q[1];
rx(pi*0.125197025977) q[2];
rx(pi*0.069372599744) q[3];
rx(pi*0.008613852755) q[4];
rx(pi*0.000737761668) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.083450938229) q[0];
rx(pi*0.146578354505) q[1];
rx(pi*0.030694447986) q[2];
rx(pi*0.066973225436) q[3];
rx(pi*0.010463043467) q[4];
rx(pi*0.00055568862) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.257468477305) q[0];
rx(pi*0.089254502535) q[1];
rx(pi*0.121864880245) q[2];
rx(pi*0.065903669987) q[3];
rx(pi*0.011997992116) q[4];
rx(pi*-0.00496574348) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.024852907354) q[0];
rx(pi*0.053045639661) q[1];
rx(pi*0.038086536424) q[2];
rx(pi*0.05760094895) q[3];
rx(pi*0.008762382096) q[4];
rx(pi*0.002585631847) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
