// DiffQAS-QLSTM derived circuit, output gate
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
ry(pi*-0.104201422896) q[0];
ry(pi*0.093922804023) q[1];
ry(pi*0.045489434584) q[2];
ry(pi*0.051450648194) q[3];
ry(pi*-0.02146750512) q[4];
ry(pi*0.000345150818) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.128387511688) q[0];
ry(pi*-0.033808283797) q[1];
ry(pi*-0.006249114384) q[2];
ry(pi*-0.015761454808) q[3];
ry(pi*0.010839896783) q[4];
ry(pi*0.004127310782) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.113723399104) q[0];
ry(pi*0.079407803007) q[1];
ry(pi*0.01351557833) q[2];
ry(pi*-0.025198851693) q[3];
ry(pi*-0.018913323863) q[4];
ry(pi*-0.003359642283) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.125219024878) q[0];
ry(pi*-0.0248223304) q[1];
ry(pi*-0.055796436687) q[2];
ry(pi*-0.028863615779) q[3];
ry(pi*0.007496546457) q[4];
ry(pi*-0.003073038771) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.106203114182) q[0];
ry(pi*0.071931425766) q[1];
ry(pi*0.079503525262) q[2];
ry(pi*0.0569380032) q[3];
ry(pi*0.055424807992) q[4];
ry(pi*-0.005564506499) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
