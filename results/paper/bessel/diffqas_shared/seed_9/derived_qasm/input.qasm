// DiffQAS-QLSTM derived circuit, input gate
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
ry(pi*-0.026303643375) q[0];
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
ry(pi*0.171191519848) q[0];
ry(pi*-0.040699356515) q[1];
ry(pi*-0.002915527316) q[2];
ry(pi*0.002110905685) q[3];
ry(pi*0.210938515576) q[4];
ry(pi*-0.001878610181) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.007278572709) q[0];
ry(pi*0.01058754738) q[1];
ry(pi*0.122260765598) q[2];
ry(pi*-0.012179196086) q[3];
ry(pi*0.010948399555) q[4];
ry(pi*0.001065515291) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.008313108023) q[0];
ry(pi*-0.004431932179) q[1];
ry(pi*-0.496745960011) q[2];
ry(pi*-0.001744884474) q[3];
ry(pi*0.4752074897) q[4];
ry(pi*-0.007878140588) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.500703143943) q[0];
ry(pi*0.001830084414) q[1];
ry(pi*0.001105184787) q[2];
ry(pi*0.004017099573) q[3];
ry(pi*-0.003791912623) q[4];
ry(pi*-0.252658904737) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.095275598879) q[0];
ry(pi*-0.504191435389) q[1];
ry(pi*-0.005718148403) q[2];
ry(pi*-0.496618235474) q[3];
ry(pi*-0.033712625575) q[4];
ry(pi*-0.00251694635) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
