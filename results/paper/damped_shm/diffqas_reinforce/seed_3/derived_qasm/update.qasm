// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.136495314956) q[0];
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
ry(pi*-0.112747924768) q[0];
ry(pi*-0.076377447286) q[1];
ry(pi*0.069106729887) q[2];
ry(pi*0.204567106418) q[3];
ry(pi*0.05635337221) q[4];
ry(pi*-0.000743327649) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.114299032269) q[0];
ry(pi*0.074403114701) q[1];
ry(pi*0.104990176936) q[2];
ry(pi*-0.129409317475) q[3];
ry(pi*-0.169313749063) q[4];
ry(pi*-0.002693771469) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.166500071607) q[0];
ry(pi*0.006632504997) q[1];
ry(pi*0.272914684494) q[2];
ry(pi*0.495528592628) q[3];
ry(pi*0.506977090096) q[4];
ry(pi*-0.009197766338) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.147766276183) q[0];
ry(pi*0.032463540501) q[1];
ry(pi*-0.310147942935) q[2];
ry(pi*-0.138959667427) q[3];
ry(pi*0.008312557221) q[4];
ry(pi*-0.510338833315) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.253215546182) q[0];
ry(pi*0.043881285517) q[1];
ry(pi*0.06222923217) q[2];
ry(pi*-0.006564953715) q[3];
ry(pi*-0.01331012956) q[4];
ry(pi*0.00205716434) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
