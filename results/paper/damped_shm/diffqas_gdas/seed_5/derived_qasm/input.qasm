// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.136495314956) q[0];
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
rz(pi*-0.0016699313) q[0];
rz(pi*-0.002586857961) q[1];
rz(pi*-0.002782981329) q[2];
rz(pi*0.003765140298) q[3];
rz(pi*-0.001537606909) q[4];
rz(pi*-0.003100817541) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001249905645) q[0];
rz(pi*-6.290105e-06) q[1];
rz(pi*-0.004757598504) q[2];
rz(pi*-0.001539786255) q[3];
rz(pi*-0.003072609809) q[4];
rz(pi*0.005916575478) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000226412507) q[0];
rz(pi*4.611299e-05) q[1];
rz(pi*-0.000740669834) q[2];
rz(pi*0.009960785032) q[3];
rz(pi*-0.004826294377) q[4];
rz(pi*0.005563652133) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002071480019) q[0];
rz(pi*-0.003988093799) q[1];
rz(pi*0.003437711879) q[2];
rz(pi*0.00061511297) q[3];
rz(pi*0.004288550382) q[4];
rz(pi*0.008855899362) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.0026738237) q[0];
rz(pi*-0.001636236738) q[1];
rz(pi*-0.00074397628) q[2];
rz(pi*-0.000522723063) q[3];
rz(pi*0.000809721891) q[4];
rz(pi*-0.006638037925) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
