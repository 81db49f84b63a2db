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
rz(pi*0.43450206665) q[0];
rz(pi*-0.192488486053) q[1];
rz(pi*0.380262623759) q[2];
rz(pi*-0.285824406072) q[3];
rz(pi*0.219225147723) q[4];
rz(pi*0.124040447277) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.318473583051) q[0];
rz(pi*0.05186977042) q[1];
rz(pi*-0.418349428173) q[2];
rz(pi*-0.614866758226) q[3];
rz(pi*0.242087479449) q[4];
rz(pi*0.110659063192) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.146398369534) q[0];
rz(pi*-0.028629091274) q[1];
rz(pi*-0.179298650829) q[2];
rz(pi*0.033386294315) q[3];
rz(pi*-0.441575600282) q[4];
rz(pi*-0.017318293265) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.032766286264) q[0];
rz(pi*0.280796514096) q[1];
rz(pi*0.39699116102) q[2];
rz(pi*0.122510247744) q[3];
rz(pi*-0.522751905276) q[4];
rz(pi*-0.068322799668) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.167255243884) q[0];
rz(pi*0.150082772786) q[1];
rz(pi*0.689076384103) q[2];
rz(pi*0.109299646847) q[3];
rz(pi*0.202430433518) q[4];
rz(pi*0.000691668267) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
