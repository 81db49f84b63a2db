// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.138235523653) q[0];
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
ry(pi*0.022663087045) q[0];
ry(pi*-0.525031974203) q[1];
ry(pi*0.004554479528) q[2];
ry(pi*0.008173179859) q[3];
ry(pi*-0.032747045526) q[4];
ry(pi*-0.260158907792) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.004496925995) q[0];
ry(pi*0.021902486191) q[1];
ry(pi*0.490692097731) q[2];
ry(pi*0.004663201377) q[3];
ry(pi*-0.034161831464) q[4];
ry(pi*0.500166253129) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.464554823107) q[0];
ry(pi*-1.9976228e-05) q[1];
ry(pi*0.075684557797) q[2];
ry(pi*-0.280957440942) q[3];
ry(pi*-0.045005302238) q[4];
ry(pi*-0.007332120918) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.002887204561) q[0];
ry(pi*-0.505465796906) q[1];
ry(pi*0.008311319249) q[2];
ry(pi*-0.057838748627) q[3];
ry(pi*-0.407244565111) q[4];
ry(pi*0.355494005208) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000148164857) q[0];
ry(pi*-0.06044838841) q[1];
ry(pi*0.054383465019) q[2];
ry(pi*0.301646425448) q[3];
ry(pi*0.012994319874) q[4];
ry(pi*0.001867028504) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
