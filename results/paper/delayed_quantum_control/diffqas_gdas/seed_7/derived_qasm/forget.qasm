// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.316916735344) q[0];
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
ry(pi*-0.118116149892) q[0];
ry(pi*-0.005229979605) q[1];
ry(pi*-0.005850581146) q[2];
ry(pi*0.000697283829) q[3];
ry(pi*-0.009446988795) q[4];
ry(pi*0.020000954411) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.145673743381) q[0];
ry(pi*0.427866348144) q[1];
ry(pi*-0.507263161186) q[2];
ry(pi*-0.448461379603) q[3];
ry(pi*0.016176496707) q[4];
ry(pi*-0.009765176596) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.024969772365) q[0];
ry(pi*0.000277714095) q[1];
ry(pi*-0.08131813577) q[2];
ry(pi*0.346444384012) q[3];
ry(pi*0.493117384069) q[4];
ry(pi*-0.283759450158) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.004036814629) q[0];
ry(pi*0.007476556296) q[1];
ry(pi*-0.084615343187) q[2];
ry(pi*-0.007883735177) q[3];
ry(pi*0.01642860895) q[4];
ry(pi*-0.282018321102) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.00507440841) q[0];
ry(pi*0.002793225723) q[1];
ry(pi*-0.009241458205) q[2];
ry(pi*-0.616232226878) q[3];
ry(pi*-0.006133024884) q[4];
ry(pi*-0.004375383312) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
