// DiffQAS-QLSTM derived circuit, forget gate
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
ry(pi*0.079527535274) q[0];
ry(pi*-0.15652883022) q[1];
ry(pi*-0.020696832108) q[2];
ry(pi*0.460253359695) q[3];
ry(pi*0.085295079818) q[4];
ry(pi*0.260664607409) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000698084909) q[0];
ry(pi*0.046260847533) q[1];
ry(pi*-0.170233870408) q[2];
ry(pi*0.175617672157) q[3];
ry(pi*0.022850476131) q[4];
ry(pi*-0.064653844976) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.642652878461) q[0];
ry(pi*-0.485356999025) q[1];
ry(pi*-0.593147022284) q[2];
ry(pi*0.449819335046) q[3];
ry(pi*-0.373632521186) q[4];
ry(pi*-0.43918833533) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.073078693589) q[0];
ry(pi*-0.101104453858) q[1];
ry(pi*-0.108784783393) q[2];
ry(pi*0.198980751614) q[3];
ry(pi*0.266980995598) q[4];
ry(pi*-0.347891207806) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.410016028203) q[0];
ry(pi*0.175465757367) q[1];
ry(pi*-0.007560944706) q[2];
ry(pi*0.729392714044) q[3];
ry(pi*-0.123725717852) q[4];
ry(pi*0.006415569414) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
