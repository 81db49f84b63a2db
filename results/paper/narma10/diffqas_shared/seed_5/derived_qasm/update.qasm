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
rx(pi*0.001937656484) q[0];
rx(pi*0.003099167209) q[1];
rx(pi*-0.001964295704) q[2];
rx(pi*-0.000222974012) q[3];
rx(pi*0.004298364036) q[4];
rx(pi*-0.001262326421) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000387932215) q[0];
rx(pi*0.000351673293) q[1];
rx(pi*0.001905812506) q[2];
rx(pi*-0.001161597288) q[3];
rx(pi*-0.000485039147) q[4];
rx(pi*0.000771475351) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000427803815) q[0];
rx(pi*-0.002330064192) q[1];
rx(pi*0.002817988716) q[2];
rx(pi*-0.004133239766) q[3];
rx(pi*-0.003823315485) q[4];
rx(pi*-0.004082347742) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.002888349151) q[0];
rx(pi*-0.000728608651) q[1];
rx(pi*-0.003124275269) q[2];
rx(pi*-0.003616151164) q[3];
rx(pi*0.001340437224) q[4];
rx(pi*-0.003357726629) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.004801210626) q[0];
rx(pi*0.002377594927) q[1];
rx(pi*-0.00384260069) q[2];
rx(pi*-0.001026398155) q[3];
rx(pi*-2.156023e-05) q[4];
rx(pi*-0.001417545435) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
