// DiffQAS-QLSTM derived circuit, output gate
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
rz(pi*0.003478666926) q[0];
rz(pi*0.001405836285) q[1];
rz(pi*-0.001758444356) q[2];
rz(pi*-0.004328691083) q[3];
rz(pi*-0.003899795521) q[4];
rz(pi*0.000944871739) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00346273219) q[0];
rz(pi*-0.001576036506) q[1];
rz(pi*-0.000786727365) q[2];
rz(pi*-0.00204358756) q[3];
rz(pi*-0.001425386664) q[4];
rz(pi*0.001930554896) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003559495871) q[0];
rz(pi*0.001483705333) q[1];
rz(pi*0.002051961064) q[2];
rz(pi*0.001698581187) q[3];
rz(pi*-0.001398729212) q[4];
rz(pi*0.000586642435) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.005384162825) q[0];
rz(pi*0.000255804017) q[1];
rz(pi*-0.001362136711) q[2];
rz(pi*0.003938376307) q[3];
rz(pi*-0.005915390274) q[4];
rz(pi*-0.003407073263) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.007253493701) q[0];
rz(pi*0.002337842129) q[1];
rz(pi*0.004400028615) q[2];
rz(pi*-0.002511483384) q[3];
rz(pi*-0.004628141518) q[4];
rz(pi*0.001535203151) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
