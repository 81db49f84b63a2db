// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*0.030359911972) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.001475207172) q[0];
rx(pi*0.062155864555) q[1];
rx(pi*0.103910418892) q[2];
rx(pi*0.024929875049) q[3];
rx(pi*0.006735190844) q[4];
rx(pi*-0.002329018616) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.035012740225) q[0];
rx(pi*0.278771951163) q[1];
rx(pi*0.115373980722) q[2];
rx(pi*0.011042707155) q[3];
rx(pi*0.003551357748) q[4];
rx(pi*-0.002998704731) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.010547945327) q[0];
rx(pi*0.048918450423) q[1];
rx(pi*0.002118978293) q[2];
rx(pi*0.010545886784) q[3];
rx(pi*0.002802884334) q[4];
rx(pi*-0.001234966978) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.156989849016) q[0];
rx(pi*-0.068411767625) q[1];
rx(pi*-0.073578829448) q[2];
rx(pi*0.068476232279) q[3];
rx(pi*-0.00114817518) q[4];
rx(pi*0.003453484161) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000657503165) q[0];
rx(pi*0.075902322251) q[1];
rx(pi*0.109163356114) q[2];
rx(pi*0.025622598526) q[3];
rx(pi*-0.002471209577) q[4];
rx(pi*-0.001119596886) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
