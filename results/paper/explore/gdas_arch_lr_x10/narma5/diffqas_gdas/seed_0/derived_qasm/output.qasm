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
rx(pi*0.030359911972) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.00124387157) q[0];
rz(pi*-0.004897597817) q[1];
rz(pi*0.003785604481) q[2];
rz(pi*-0.001468214826) q[3];
rz(pi*-0.002565176853) q[4];
rz(pi*0.000123369829) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001434676344) q[0];
rz(pi*-0.000719417985) q[1];
rz(pi*0.002100975082) q[2];
rz(pi*-0.005621666645) q[3];
rz(pi*-0.000318509745) q[4];
rz(pi*0.002740751253) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001526491992) q[0];
rz(pi*-0.000902812641) q[1];
rz(pi*0.00103597665) q[2];
rz(pi*0.005591830813) q[3];
rz(pi*-0.003594781328) q[4];
rz(pi*0.000833849445) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000401731442) q[0];
rz(pi*0.002221832819) q[1];
rz(pi*-0.003632558144) q[2];
rz(pi*0.005098685819) q[3];
rz(pi*0.002774402682) q[4];
rz(pi*0.007381083058) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000256675448) q[0];
rz(pi*-0.00191595507) q[1];
rz(pi*-0.005719478274) q[2];
rz(pi*-0.00150255372) q[3];
rz(pi*-0.004039086616) q[4];
rz(pi*-0.006401778005) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
