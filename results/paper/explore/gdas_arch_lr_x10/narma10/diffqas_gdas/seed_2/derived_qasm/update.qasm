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
rz(pi*0.030359911972) q[0];
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
rx(pi*0.03776156883) q[0];
rx(pi*0.097475194897) q[1];
rx(pi*0.001663175372) q[2];
rx(pi*-0.00328577604) q[3];
rx(pi*0.011276890151) q[4];
rx(pi*-0.000746469418) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.19286610065) q[0];
rx(pi*0.09954784426) q[1];
rx(pi*-0.004372938496) q[2];
rx(pi*-0.004983758993) q[3];
rx(pi*-0.001353956196) q[4];
rx(pi*-0.002299799695) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.037705039528) q[0];
rx(pi*0.09539146545) q[1];
rx(pi*0.007457450146) q[2];
rx(pi*0.006756172924) q[3];
rx(pi*-0.005793058147) q[4];
rx(pi*0.001502664592) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.191240857137) q[0];
rx(pi*0.097973390792) q[1];
rx(pi*-0.000760144841) q[2];
rx(pi*0.003434264471) q[3];
rx(pi*0.00167662957) q[4];
rx(pi*-0.00392054311) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.042439475272) q[0];
rx(pi*0.097467046102) q[1];
rx(pi*0.005874940376) q[2];
rx(pi*-0.003120427358) q[3];
rx(pi*-0.007379767416) q[4];
rx(pi*0.00025298221) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
