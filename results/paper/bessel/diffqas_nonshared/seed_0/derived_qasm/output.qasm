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
ry(pi*-0.026303643375) q[0];
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
ry(pi*-0.0665151237) q[0];
ry(pi*-0.215666334574) q[1];
ry(pi*0.000720240039) q[2];
ry(pi*-0.087684185126) q[3];
ry(pi*-0.207714666288) q[4];
ry(pi*-0.2522946849) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.089216243989) q[0];
ry(pi*-0.09143364593) q[1];
ry(pi*-0.020613982862) q[2];
ry(pi*-0.058426121179) q[3];
ry(pi*-0.042023777626) q[4];
ry(pi*0.03667617588) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.035973899624) q[0];
ry(pi*0.048016201406) q[1];
ry(pi*-0.215705095897) q[2];
ry(pi*-0.068193818186) q[3];
ry(pi*-0.136102523406) q[4];
ry(pi*-0.001761777779) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.367202998502) q[0];
ry(pi*-0.352156129706) q[1];
ry(pi*-0.066754915515) q[2];
ry(pi*-0.264870979409) q[3];
ry(pi*0.070105768376) q[4];
ry(pi*-0.030754394754) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.041147364749) q[0];
ry(pi*-0.192803224965) q[1];
ry(pi*-0.394383812195) q[2];
ry(pi*-0.540454086003) q[3];
ry(pi*0.015663851879) q[4];
ry(pi*0.002712448064) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
