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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.434501990759) q[0];
rz(pi*-0.192488448108) q[1];
rz(pi*0.380262661704) q[2];
rz(pi*-0.285824444017) q[3];
rz(pi*0.219225204641) q[4];
rz(pi*0.124040191145) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.318473696887) q[0];
rz(pi*0.051869945918) q[1];
rz(pi*-0.418349579955) q[2];
rz(pi*-0.614866796171) q[3];
rz(pi*0.242087498422) q[4];
rz(pi*0.110658930383) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.146398122888) q[0];
rz(pi*-0.028629107875) q[1];
rz(pi*-0.179298631856) q[2];
rz(pi*0.033386488785) q[3];
rz(pi*-0.441575638227) q[4];
rz(pi*-0.017318098794) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.032766224603) q[0];
rz(pi*0.280796589987) q[1];
rz(pi*0.396991198965) q[2];
rz(pi*0.122510209798) q[3];
rz(pi*-0.522751905276) q[4];
rz(pi*-0.068322723777) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.167255300802) q[0];
rz(pi*0.150082801245) q[1];
rz(pi*0.689076384103) q[2];
rz(pi*0.109299675306) q[3];
rz(pi*0.202430452491) q[4];
rz(pi*0.000691659521) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
