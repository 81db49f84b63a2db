// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*0.030359911972) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001567962564) q[0];
rz(pi*-0.002547967978) q[1];
rz(pi*0.001810583838) q[2];
rz(pi*-0.002023230395) q[3];
rz(pi*0.002671535705) q[4];
rz(pi*-0.003776093502) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*4.9597393e-05) q[0];
rz(pi*-0.002746794666) q[1];
rz(pi*-0.000810036942) q[2];
rz(pi*-0.001245906694) q[3];
rz(pi*-0.003654100217) q[4];
rz(pi*0.002025336666) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.004024213464) q[0];
rz(pi*-0.003180202186) q[1];
rz(pi*0.002778051379) q[2];
rz(pi*0.003039030713) q[3];
rz(pi*0.002067245391) q[4];
rz(pi*0.001025082365) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.007194668104) q[0];
rz(pi*-0.003906953583) q[1];
rz(pi*-0.002422302429) q[2];
rz(pi*-0.003218996415) q[3];
rz(pi*0.002805769674) q[4];
rz(pi*0.000862648001) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003482264041) q[0];
rz(pi*0.00304228365) q[1];
rz(pi*-0.000769118951) q[2];
rz(pi*-0.002659151244) q[3];
rz(pi*-0.003209997404) q[4];
rz(pi*0.006989043836) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
