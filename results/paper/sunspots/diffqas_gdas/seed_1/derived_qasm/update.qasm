// DiffQAS-QLSTM derived circuit, update gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.073925120039) q[0];
ry(pi*-0.504441458258) q[1];
ry(pi*0.05180301955) q[2];
ry(pi*0.006191717672) q[3];
ry(pi*-0.021495942897) q[4];
ry(pi*0.081625105341) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.059255856354) q[0];
ry(pi*-0.069874419434) q[1];
ry(pi*-0.004504228131) q[2];
ry(pi*-0.496961566316) q[3];
ry(pi*0.013356615163) q[4];
ry(pi*0.229224696449) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.029770906804) q[0];
ry(pi*0.244053871938) q[1];
ry(pi*-0.013108597476) q[2];
ry(pi*0.000339022843) q[3];
ry(pi*-0.039369205633) q[4];
ry(pi*-0.016015450096) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.094898392196) q[0];
ry(pi*0.227974506213) q[1];
ry(pi*0.208791597392) q[2];
ry(pi*0.218189842826) q[3];
ry(pi*-0.517158625419) q[4];
ry(pi*0.498147173319) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.008689494728) q[0];
ry(pi*-0.565012334728) q[1];
ry(pi*-0.49487194583) q[2];
ry(pi*0.003011899981) q[3];
ry(pi*0.232167900854) q[4];
ry(pi*-0.004626552254) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
