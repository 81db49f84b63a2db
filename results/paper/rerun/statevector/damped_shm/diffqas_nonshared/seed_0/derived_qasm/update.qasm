// DiffQAS-QLSTM derived circuit, update gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.025304909352) q[0];
ry(pi*-0.002924783645) q[1];
ry(pi*-0.085182286833) q[2];
ry(pi*0.010552124074) q[3];
ry(pi*0.073537924204) q[4];
ry(pi*0.298092431377) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.104973367081) q[0];
ry(pi*-0.350267734182) q[1];
ry(pi*0.004196174741) q[2];
ry(pi*0.400877424821) q[3];
ry(pi*0.06946039139) q[4];
ry(pi*-0.089248326905) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.087636402261) q[0];
ry(pi*-0.11787905695) q[1];
ry(pi*-0.08291960643) q[2];
ry(pi*0.135291704061) q[3];
ry(pi*0.008596414428) q[4];
ry(pi*-0.209958686994) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.06912693112) q[0];
ry(pi*0.14896937606) q[1];
ry(pi*0.215647722308) q[2];
ry(pi*-0.074453050973) q[3];
ry(pi*0.517116202355) q[4];
ry(pi*0.105482348984) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.134612479693) q[0];
ry(pi*0.125287525983) q[1];
ry(pi*-0.036019865848) q[2];
ry(pi*0.315880634542) q[3];
ry(pi*-0.233458787634) q[4];
ry(pi*-0.003756429138) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
