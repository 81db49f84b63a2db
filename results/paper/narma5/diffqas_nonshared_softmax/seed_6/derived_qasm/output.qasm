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
rz(pi*0.00083281921) q[0];
rz(pi*0.002587657781) q[1];
rz(pi*0.002791508986) q[2];
rz(pi*0.003040832235) q[3];
rz(pi*-0.007742617659) q[4];
rz(pi*-0.00077781714) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000485414304) q[0];
rz(pi*0.007305333177) q[1];
rz(pi*0.002836587345) q[2];
rz(pi*0.004904233831) q[3];
rz(pi*0.001817489029) q[4];
rz(pi*-0.000371396094) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.0034793203) q[0];
rz(pi*-0.001731426274) q[1];
rz(pi*0.006378733232) q[2];
rz(pi*0.002746700396) q[3];
rz(pi*0.002421237583) q[4];
rz(pi*-0.003505703685) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001205497484) q[0];
rz(pi*-0.00144462918) q[1];
rz(pi*-0.00172015083) q[2];
rz(pi*-0.001504793394) q[3];
rz(pi*0.000282220345) q[4];
rz(pi*0.001770896852) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002254707996) q[0];
rz(pi*0.001066890148) q[1];
rz(pi*-0.002192515477) q[2];
rz(pi*-0.001289714324) q[3];
rz(pi*0.003059502901) q[4];
rz(pi*-0.000509303179) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
