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
rz(pi*0.434502104595) q[0];
rz(pi*-0.192488523999) q[1];
rz(pi*0.380262585813) q[2];
rz(pi*-0.285824614772) q[3];
rz(pi*0.219225109777) q[4];
rz(pi*0.124040029877) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.31847350716) q[0];
rz(pi*0.051869955404) q[1];
rz(pi*-0.418349428173) q[2];
rz(pi*-0.614866758226) q[3];
rz(pi*0.242087460476) q[4];
rz(pi*0.110658863978) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.146398360047) q[0];
rz(pi*-0.02862904147) q[1];
rz(pi*-0.179298612883) q[2];
rz(pi*0.033386246883) q[3];
rz(pi*-0.441575638227) q[4];
rz(pi*-0.017318461648) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.032766241204) q[0];
rz(pi*0.280796552042) q[1];
rz(pi*0.39699116102) q[2];
rz(pi*0.122510209798) q[3];
rz(pi*-0.522751905276) q[4];
rz(pi*-0.068322761723) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.167255205938) q[0];
rz(pi*0.150082810731) q[1];
rz(pi*0.689076384103) q[2];
rz(pi*0.10929966582) q[3];
rz(pi*0.202430433518) q[4];
rz(pi*0.00069167338) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
