// DiffQAS-QLSTM derived circuit, input gate
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
ry(pi*0.05692646777) q[0];
ry(pi*-0.142367590313) q[1];
ry(pi*-0.169952257914) q[2];
ry(pi*-0.170181031306) q[3];
ry(pi*0.079462079294) q[4];
ry(pi*0.216965816009) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.067963199695) q[0];
ry(pi*-0.049705838425) q[1];
ry(pi*-0.193934816555) q[2];
ry(pi*0.038346429865) q[3];
ry(pi*0.070461151656) q[4];
ry(pi*0.034190738817) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.097566842755) q[0];
ry(pi*-0.055357525885) q[1];
ry(pi*-0.029972098563) q[2];
ry(pi*-0.035194288076) q[3];
ry(pi*-0.244281810529) q[4];
ry(pi*0.012504481474) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.005394374906) q[0];
ry(pi*-0.116929651169) q[1];
ry(pi*-0.060863222796) q[2];
ry(pi*-0.104421592147) q[3];
ry(pi*-0.40741725506) q[4];
ry(pi*-0.024275552413) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.185619004323) q[0];
ry(pi*-0.186638277247) q[1];
ry(pi*-0.174273794493) q[2];
ry(pi*-0.33598671932) q[3];
ry(pi*-0.209152762617) q[4];
ry(pi*0.001422305668) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
