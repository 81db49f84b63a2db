// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.136495314956) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.047373523294) q[0];
rx(pi*-0.022112414901) q[1];
rx(pi*-0.343304508106) q[2];
rx(pi*0.006773129817) q[3];
rx(pi*-0.131618864698) q[4];
rx(pi*0.00156615541) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.002218932953) q[0];
rx(pi*0.002648476998) q[1];
rx(pi*-0.302112016676) q[2];
rx(pi*-0.319378393388) q[3];
rx(pi*0.012951771115) q[4];
rx(pi*0.004171696339) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.007013563148) q[0];
rx(pi*-0.206728709508) q[1];
rx(pi*-0.486350487985) q[2];
rx(pi*0.000820679245) q[3];
rx(pi*-0.233355575887) q[4];
rx(pi*0.499153791421) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.166060169479) q[0];
rx(pi*0.015451952375) q[1];
rx(pi*0.000842568386) q[2];
rx(pi*0.019496694352) q[3];
rx(pi*-0.096588503533) q[4];
rx(pi*-0.225300525098) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.494838364067) q[0];
rx(pi*0.009759341883) q[1];
rx(pi*0.30778758134) q[2];
rx(pi*0.00851520336) q[3];
rx(pi*0.499458038403) q[4];
rx(pi*-0.001447231115) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
