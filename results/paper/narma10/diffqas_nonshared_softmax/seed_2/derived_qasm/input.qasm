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
ry(pi*-0.108727144186) q[0];
ry(pi*0.007993687586) q[1];
ry(pi*0.004334756137) q[2];
ry(pi*0.00246183452) q[3];
ry(pi*0.000839284989) q[4];
ry(pi*0.000974809401) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.112557201222) q[0];
ry(pi*-0.025734468961) q[1];
ry(pi*-0.003937978175) q[2];
ry(pi*-0.001447101418) q[3];
ry(pi*0.000840866768) q[4];
ry(pi*0.006235914687) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.114142383778) q[0];
ry(pi*-0.004528663251) q[1];
ry(pi*-0.002341277383) q[2];
ry(pi*0.003336767078) q[3];
ry(pi*-0.000748302141) q[4];
ry(pi*0.004216991403) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.117754254216) q[0];
ry(pi*-0.015740894278) q[1];
ry(pi*0.00329396367) q[2];
ry(pi*-0.004517281678) q[3];
ry(pi*0.000488865935) q[4];
ry(pi*0.003869877573) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.111636510694) q[0];
ry(pi*-0.007323360845) q[1];
ry(pi*0.007586834799) q[2];
ry(pi*0.000871974811) q[3];
ry(pi*-0.000892492207) q[4];
ry(pi*-0.002454334207) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
