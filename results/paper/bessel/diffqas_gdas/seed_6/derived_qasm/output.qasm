// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.026303643375) q[0];
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
rx(pi*-0.332146407513) q[0];
rx(pi*-0.320639587819) q[1];
rx(pi*-0.166690785667) q[2];
rx(pi*-0.052267149877) q[3];
rx(pi*0.083596734309) q[4];
rx(pi*-0.004816154925) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.035574599176) q[0];
rx(pi*0.416885946307) q[1];
rx(pi*-0.255171257014) q[2];
rx(pi*-0.182454938162) q[3];
rx(pi*0.096111035365) q[4];
rx(pi*0.001012342091) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.03893333047) q[0];
rx(pi*0.360546637646) q[1];
rx(pi*0.084230613809) q[2];
rx(pi*-0.066130697886) q[3];
rx(pi*0.084847996505) q[4];
rx(pi*-0.003995152847) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.44840984962) q[0];
rx(pi*0.093958292548) q[1];
rx(pi*-0.006743248925) q[2];
rx(pi*-0.198845210304) q[3];
rx(pi*0.097268885239) q[4];
rx(pi*0.004133522578) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.27606842948) q[0];
rx(pi*-0.052722993856) q[1];
rx(pi*-0.162698274479) q[2];
rx(pi*-0.060364822943) q[3];
rx(pi*0.087124773661) q[4];
rx(pi*-0.002146073452) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
