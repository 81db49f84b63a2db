// DiffQAS-QLSTM derived circuit, forget gate
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
ry(pi*-0.136495314956) q[0];
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
rx(pi*0.88034437227) q[0];
rx(pi*0.976858284446) q[1];
rx(pi*0.781709686357) q[2];
rx(pi*0.984280271562) q[3];
rx(pi*1.805712440856) q[4];
rx(pi*0.402574081756) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*1.146606775049) q[0];
rx(pi*1.984835973224) q[1];
rx(pi*0.305216963755) q[2];
rx(pi*1.537746513007) q[3];
rx(pi*0.817791982031) q[4];
rx(pi*1.641939986322) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.886126355075) q[0];
rx(pi*0.546351574896) q[1];
rx(pi*1.57432202423) q[2];
rx(pi*0.83951722007) q[3];
rx(pi*0.594479023008) q[4];
rx(pi*0.587373539269) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*1.756982380332) q[0];
rx(pi*0.325007379956) q[1];
rx(pi*0.321538061259) q[2];
rx(pi*0.499382413031) q[3];
rx(pi*1.020841059933) q[4];
rx(pi*0.508075688079) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*1.872304053188) q[0];
rx(pi*0.448724683395) q[1];
rx(pi*1.146783828731) q[2];
rx(pi*0.881138116142) q[3];
rx(pi*0.510000397442) q[4];
rx(pi*1.869136363233) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
