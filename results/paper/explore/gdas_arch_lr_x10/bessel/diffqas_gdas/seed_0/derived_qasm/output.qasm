// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.026303643375) q[0];
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
rx(pi*-0.496458826448) q[0];
rx(pi*-0.114713359133) q[1];
rx(pi*0.244522840316) q[2];
rx(pi*0.183935874956) q[3];
rx(pi*-0.10819839268) q[4];
rx(pi*-0.001510830137) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001863456736) q[0];
rx(pi*-0.495412024066) q[1];
rx(pi*-0.010608493294) q[2];
rx(pi*0.246363917807) q[3];
rx(pi*-0.119612805607) q[4];
rx(pi*0.001978800073) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.002756171058) q[0];
rx(pi*-0.489739589906) q[1];
rx(pi*0.0294821653) q[2];
rx(pi*0.155216010943) q[3];
rx(pi*-0.106194510041) q[4];
rx(pi*0.000991230018) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.497982451924) q[0];
rx(pi*-0.006024781208) q[1];
rx(pi*-0.00312082964) q[2];
rx(pi*0.219083193624) q[3];
rx(pi*-0.117358587049) q[4];
rx(pi*-0.002946841243) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.493515432316) q[0];
rx(pi*0.606033350463) q[1];
rx(pi*0.240566073784) q[2];
rx(pi*0.190497163373) q[3];
rx(pi*-0.096618689175) q[4];
rx(pi*-0.000663984878) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
