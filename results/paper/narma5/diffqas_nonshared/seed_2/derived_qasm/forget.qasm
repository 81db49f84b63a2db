// DiffQAS-QLSTM derived circuit, forget gate
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
ry(pi*0.071244906377) q[0];
ry(pi*0.071406895697) q[1];
ry(pi*0.050161924307) q[2];
ry(pi*0.063181066463) q[3];
ry(pi*-0.054336564386) q[4];
ry(pi*0.000573571509) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.063504651418) q[0];
ry(pi*-0.029796690768) q[1];
ry(pi*0.006508169467) q[2];
ry(pi*-0.007711628047) q[3];
ry(pi*-0.000331790743) q[4];
ry(pi*0.001886638766) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.065636253851) q[0];
ry(pi*0.067385678741) q[1];
ry(pi*-0.026287768831) q[2];
ry(pi*0.006276775464) q[3];
ry(pi*0.023978700059) q[4];
ry(pi*-0.005345354662) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.06579362805) q[0];
ry(pi*-0.044853657809) q[1];
ry(pi*-0.020799472302) q[2];
ry(pi*0.008498915256) q[3];
ry(pi*-0.028322923301) q[4];
ry(pi*0.002834883948) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.065209632647) q[0];
ry(pi*0.078851142589) q[1];
ry(pi*0.049739249433) q[2];
ry(pi*0.062406323797) q[3];
ry(pi*0.115663609202) q[4];
ry(pi*-0.004092208234) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
