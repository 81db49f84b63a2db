// DiffQAS-QLSTM derived circuit, update gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.052296818511) q[0];
ry(pi*-0.377445739909) q[1];
ry(pi*0.016844280508) q[2];
ry(pi*0.003065090672) q[3];
ry(pi*0.378169056942) q[4];
ry(pi*0.463006571004) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.02905577414) q[0];
ry(pi*0.473243772369) q[1];
ry(pi*-0.0331830867) q[2];
ry(pi*0.057795395898) q[3];
ry(pi*0.034425796931) q[4];
ry(pi*0.526540611209) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.011942310659) q[0];
ry(pi*0.042880847788) q[1];
ry(pi*0.37425558622) q[2];
ry(pi*-0.004179418248) q[3];
ry(pi*-0.120559299071) q[4];
ry(pi*-0.245294822447) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.007803850423) q[0];
ry(pi*0.047892057975) q[1];
ry(pi*0.115687723564) q[2];
ry(pi*0.042508351089) q[3];
ry(pi*-0.035012320453) q[4];
ry(pi*-0.188682439029) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.039040099608) q[0];
ry(pi*0.269526967584) q[1];
ry(pi*0.268469863001) q[2];
ry(pi*0.115634713707) q[3];
ry(pi*-0.005150403751) q[4];
ry(pi*0.000159259227) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
