// DiffQAS-QLSTM derived circuit, input gate
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
rx(pi*-0.000635658714) q[0];
rx(pi*0.002869871474) q[1];
rx(pi*0.003786896407) q[2];
rx(pi*-8.4407744e-05) q[3];
rx(pi*0.001237803849) q[4];
rx(pi*0.000121695808) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.002842397453) q[0];
rx(pi*0.004971130851) q[1];
rx(pi*-0.002813750086) q[2];
rx(pi*-0.004938356615) q[3];
rx(pi*-0.001491453477) q[4];
rx(pi*0.000574474049) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000365927348) q[0];
rx(pi*-0.000964705523) q[1];
rx(pi*-0.001339816756) q[2];
rx(pi*-0.006854205111) q[3];
rx(pi*0.002166380369) q[4];
rx(pi*0.005784100638) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.002260865097) q[0];
rx(pi*-0.005763508685) q[1];
rx(pi*0.002549334905) q[2];
rx(pi*-0.000451383716) q[3];
rx(pi*-0.012913605062) q[4];
rx(pi*-0.002355259112) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.004655380751) q[0];
rx(pi*-0.003737630703) q[1];
rx(pi*0.006628986145) q[2];
rx(pi*0.003351580348) q[3];
rx(pi*-0.000393379617) q[4];
rx(pi*0.000186187058) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
