// DiffQAS-QLSTM derived circuit, update gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.14942703668) q[0];
rx(pi*-0.005607890058) q[1];
rx(pi*-0.108477918172) q[2];
rx(pi*-0.33631843884) q[3];
rx(pi*-0.385144273795) q[4];
rx(pi*-0.001246512488) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.016074628468) q[0];
rx(pi*0.087558196595) q[1];
rx(pi*-0.000243641411) q[2];
rx(pi*0.004094665205) q[3];
rx(pi*0.116769018401) q[4];
rx(pi*0.091381727006) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.010022716823) q[0];
rx(pi*-0.048388072004) q[1];
rx(pi*0.007843742997) q[2];
rx(pi*0.054348076101) q[3];
rx(pi*-0.017173253723) q[4];
rx(pi*-0.560506458932) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.037523515393) q[0];
rx(pi*0.105347490693) q[1];
rx(pi*-0.163301816555) q[2];
rx(pi*0.126854703402) q[3];
rx(pi*0.171398948898) q[4];
rx(pi*0.010253233336) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.000913204741) q[0];
rx(pi*0.010935540775) q[1];
rx(pi*0.104822068905) q[2];
rx(pi*0.002924268713) q[3];
rx(pi*-0.246669853363) q[4];
rx(pi*-0.004123387277) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
