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
rx(pi*-0.000122455857) q[0];
rx(pi*-8.0519341e-05) q[1];
rx(pi*0.002934724772) q[2];
rx(pi*-0.004314053609) q[3];
rx(pi*7.4353619e-05) q[4];
rx(pi*0.003155158159) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000157666516) q[0];
rx(pi*-0.003295344234) q[1];
rx(pi*0.004549511633) q[2];
rx(pi*0.002205691606) q[3];
rx(pi*-0.052319220583) q[4];
rx(pi*0.006653264147) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-8.589062e-05) q[0];
rx(pi*0.000740911514) q[1];
rx(pi*0.016950179271) q[2];
rx(pi*0.001403781596) q[3];
rx(pi*-0.000197447199) q[4];
rx(pi*-0.002569933677) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000381656015) q[0];
rx(pi*-0.00230381421) q[1];
rx(pi*-0.035451335605) q[2];
rx(pi*-0.053430999882) q[3];
rx(pi*-0.048899022329) q[4];
rx(pi*-0.000204216857) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000228363254) q[0];
rx(pi*-0.004041086759) q[1];
rx(pi*0.001909645297) q[2];
rx(pi*-0.002314331486) q[3];
rx(pi*0.000455007214) q[4];
rx(pi*0.008045914818) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
