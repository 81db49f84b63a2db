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
rx(pi*0.275724131027) q[0];
rx(pi*-0.068086389745) q[1];
rx(pi*-0.014787519636) q[2];
rx(pi*0.007245250635) q[3];
rx(pi*0.07751767622) q[4];
rx(pi*-0.001070563895) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.277407943413) q[0];
rx(pi*-0.055830042167) q[1];
rx(pi*0.003430356085) q[2];
rx(pi*0.053237397221) q[3];
rx(pi*0.093469952995) q[4];
rx(pi*0.001633957044) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.073532308271) q[0];
rx(pi*-0.085550870403) q[1];
rx(pi*0.072737416547) q[2];
rx(pi*0.008228841157) q[3];
rx(pi*0.074485603465) q[4];
rx(pi*-0.00057630188) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.261860345859) q[0];
rx(pi*-0.055760620883) q[1];
rx(pi*-0.007148087044) q[2];
rx(pi*0.044303324803) q[3];
rx(pi*0.097299943626) q[4];
rx(pi*0.000816880471) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.151557903919) q[0];
rx(pi*-0.066623998812) q[1];
rx(pi*-0.018039163999) q[2];
rx(pi*0.013003986489) q[3];
rx(pi*0.080637251287) q[4];
rx(pi*-0.005922236471) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
