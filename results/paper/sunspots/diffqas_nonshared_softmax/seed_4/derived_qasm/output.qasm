// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.138235523653) q[0];
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
ry(pi*0.108135706722) q[0];
ry(pi*0.179008216007) q[1];
ry(pi*-0.345913526532) q[2];
ry(pi*-0.055354186682) q[3];
ry(pi*0.002823557514) q[4];
ry(pi*-0.005012081748) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.062432904617) q[0];
ry(pi*0.427430354402) q[1];
ry(pi*-0.180845707648) q[2];
ry(pi*0.513560481764) q[3];
ry(pi*-0.002082609462) q[4];
ry(pi*-0.012117459951) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.139442077996) q[0];
ry(pi*-0.105014585376) q[1];
ry(pi*-0.11158718155) q[2];
ry(pi*-0.008735536844) q[3];
ry(pi*-0.037904073138) q[4];
ry(pi*-0.003699178279) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.065926764564) q[0];
ry(pi*0.042973852197) q[1];
ry(pi*0.525711312407) q[2];
ry(pi*0.065424674512) q[3];
ry(pi*0.235406416076) q[4];
ry(pi*0.000961660546) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.058983284374) q[0];
ry(pi*0.289831772922) q[1];
ry(pi*0.098663401167) q[2];
ry(pi*0.007992511869) q[3];
ry(pi*-0.535699249812) q[4];
ry(pi*0.00354560278) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
