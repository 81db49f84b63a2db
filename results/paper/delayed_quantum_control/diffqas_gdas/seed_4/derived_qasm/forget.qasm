// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.316916735344) q[0];
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
rx(pi*0.297803002111) q[0];
rx(pi*-0.046598837546) q[1];
rx(pi*-0.017222331479) q[2];
rx(pi*-0.043557183554) q[3];
rx(pi*-0.004761370524) q[4];
rx(pi*-1.4488814e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.791317789353) q[0];
rx(pi*-0.262456564456) q[1];
rx(pi*0.023316525077) q[2];
rx(pi*-0.048910088184) q[3];
rx(pi*0.001210338499) q[4];
rx(pi*0.005017357357) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.349359812314) q[0];
rx(pi*0.114879152489) q[1];
rx(pi*-0.027354817505) q[2];
rx(pi*-0.038076796289) q[3];
rx(pi*-0.005634611988) q[4];
rx(pi*0.003509186963) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.698966498021) q[0];
rx(pi*-0.258050959632) q[1];
rx(pi*0.034430227068) q[2];
rx(pi*-0.051411422038) q[3];
rx(pi*0.001672011633) q[4];
rx(pi*-0.000350520217) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.354432442029) q[0];
rx(pi*-0.049501150936) q[1];
rx(pi*-0.022528484887) q[2];
rx(pi*-0.048495789779) q[3];
rx(pi*0.002930940895) q[4];
rx(pi*-0.00674210226) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
